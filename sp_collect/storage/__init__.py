"""The encrypted workspace store: SQLCipher through SQLAlchemy, keys, repositories."""
