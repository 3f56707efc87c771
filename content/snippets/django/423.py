# run: python 423.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def delete_file(request, name):
    locked = True  # someone holds a WebDAV lock on it
    if locked:
        xml = '<?xml version="1.0"?><d:error xmlns:d="DAV:"><d:lock-token-submitted/></d:error>'
        return HttpResponse(xml, status=423, content_type='application/xml; charset="utf-8"')
    return HttpResponse(status=204)


urlpatterns = [path("projects/<name>", delete_file)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
