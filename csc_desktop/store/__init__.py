"""The encrypted local store: profile folders, SQLCipher, schema, migrations and backups."""
