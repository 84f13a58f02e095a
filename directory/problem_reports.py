"""Readers' problem reports. Placeholder until written: see ServicePage.report_problem."""


def report_problem(page, request):
    raise NotImplementedError
