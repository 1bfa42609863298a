"""One module per API area; each holds the synchronous resource and its async twin."""
