# run: python 424.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def proppatch(request, name):
    # getetag cannot be set, so the owner change is not applied: 424 inside a 207 body
    xml = '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/reports/q1.pdf</d:href><d:propstat><d:prop><owner xmlns="urn:example:props"/></d:prop><d:status>HTTP/1.1 424 Failed Dependency</d:status></d:propstat><d:propstat><d:prop><d:getetag/></d:prop><d:status>HTTP/1.1 403 Forbidden</d:status></d:propstat></d:response></d:multistatus>'
    return HttpResponse(xml, status=207, content_type='application/xml; charset="utf-8"')


urlpatterns = [path("reports/<name>", proppatch)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
