"""Build script: the optional native core (``seedparse._core``, Rust, PyO3).

Everything else about the package is in ``pyproject.toml``. The extension is optional:
without a Rust toolchain (or when its build fails) setuptools-rust skips it with a
warning and seedparse installs and runs on its pure-Python path. ``py_limited_api``
builds one abi3 wheel for CPython 3.11 and later; ``debug=False`` makes editable
installs release builds too.
"""

from setuptools import setup
from setuptools_rust import Binding, RustExtension

setup(
    rust_extensions=[
        RustExtension(
            "seedparse._core",
            path="native/Cargo.toml",
            binding=Binding.PyO3,
            features=["python"],
            optional=True,
            py_limited_api=True,
            # Release builds also for `pip install -e` (setuptools-rust would make an
            # in-place build a debug build): the tests and benchmarks of an editable
            # checkout measure the core as users get it.
            debug=False,
        )
    ],
    options={"bdist_wheel": {"py_limited_api": "cp311"}},
    zip_safe=False,
)
