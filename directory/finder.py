"""The public finder. Placeholder until written: see ServiceDirectoryPage."""


def finder_context(page, request):
    return {}


def service_context(page, request):
    return {}


def near_me_data(page, request):
    raise NotImplementedError
