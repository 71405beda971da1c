"""After parsing: stable ids, chunks for embedding, Arrow tables and Parquet files, and
what the LangChain and LlamaIndex adapters share (options, flat metadata).

Nothing here is imported by ``import seedparse``; pyarrow is imported only by the
functions that need it.
"""
