"""Adapters to other libraries, each in its own module and behind its own extra.

* :mod:`seedparse.integrations.langchain` — ``SeedparseLoader``
  (``pip install 'seedparse[langchain]'``)
* :mod:`seedparse.integrations.llama_index` — ``SeedparseReader``
  (``pip install 'seedparse[llama-index]'``)

Importing one of them without its extra raises :class:`seedparse.ArgumentError`
naming the extra.
"""
