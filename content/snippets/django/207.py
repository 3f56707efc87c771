# run: python 207.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def propfind(request):
    xml = '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/docs/</d:href><d:status>HTTP/1.1 200 OK</d:status></d:response></d:multistatus>'
    return HttpResponse(xml, status=207, content_type='application/xml; charset="utf-8"')


urlpatterns = [path("docs/", propfind)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
