"""Open Referral HSDS 3.0 API, mounted at /api/hsds/ (one address for both languages).

Paths are the spec's, without a trailing slash; one is accepted too.
"""

from django.urls import path, re_path

from directory.api import catalog, openapi, views

app_name = "hsds_api"

ID = r"(?P<id>[^/]{1,100})"


urlpatterns = [
    path("", openapi.root, name="root"),
    path("openapi.json", openapi.openapi, name="openapi"),
    re_path(r"^schema/(?P<name>(compiled/)?[a-z_]{1,40})\.json$", openapi.schema, name="schema"),
    re_path(r"^services/?$", views.services, name="services"),
    re_path(rf"^services/{ID}/?$", views.service, name="service"),
    re_path(r"^service_at_locations/?$", views.service_at_locations, name="service_at_locations"),
    re_path(
        rf"^service_at_locations/{ID}/?$", views.service_at_location, name="service_at_location"
    ),
    re_path(r"^organizations/?$", catalog.organizations, name="organizations"),
    re_path(rf"^organizations/{ID}/?$", catalog.organization, name="organization"),
    re_path(r"^taxonomies/?$", catalog.taxonomies, name="taxonomies"),
    re_path(rf"^taxonomies/{ID}/?$", catalog.taxonomy, name="taxonomy"),
    re_path(r"^taxonomy_terms/?$", catalog.taxonomy_terms, name="taxonomy_terms"),
    re_path(rf"^taxonomy_terms/{ID}/?$", catalog.taxonomy_term, name="taxonomy_term"),
    # Anything else under /api/hsds/ is a JSON 404, not the site's HTML page.
    re_path(r"^.*$", openapi.unknown_address, name="unknown"),
]
