"""The engine: vocabulary, rule book, case files, derivation and explanation."""
