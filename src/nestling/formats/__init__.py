"""Formats: results as documents and data (JSON, text, FHIR, PDF); no DB, no HTTP."""
