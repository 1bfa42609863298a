"""Storage, one module per area: each declares its tables (`DDL`) and the queries its routes need."""
