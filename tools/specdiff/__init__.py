"""What a change to openapi.yaml does to the API's clients: `python tools/spec_diff.py OLD NEW`.

`document` reads a spec and follows its `$ref`s, `shapes` reads one schema the way a client sees
it (types, nullability, unions, merged `allOf`), `walk` pairs the old and new operations,
parameters and schemas, `rules` is the table of what each difference means for a request or a
response, and `report` prints one line per change.
"""
