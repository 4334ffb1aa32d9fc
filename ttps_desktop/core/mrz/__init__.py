"""The machine-readable zone (MRZ) of passports, identity cards and travel permits (ICAO Doc 9303)."""
