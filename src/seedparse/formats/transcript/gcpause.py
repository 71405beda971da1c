"""The collector pause the transcript reader uses; it lives in :mod:`seedparse._gcpause`
since ``load_dir`` and ``iter_dir`` pause it too."""

from ..._gcpause import collector_paused

__all__ = ["collector_paused"]
