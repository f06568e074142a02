"""lexcheck: legal doctrine as declarative rules, case records as cited facts."""
