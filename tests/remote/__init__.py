"""Tests against real remote components (moto S3, a Dask LocalCluster) on 127.0.0.1."""
