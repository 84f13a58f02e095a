"""Open Referral HSDS 3.0: the schemas (schema/, CC BY-SA 4.0, Open Referral), validation,
and the mapping between the directory's models and HSDS objects."""
