# run: python 208.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def propfind(request):
    # 208 is never a status line: it marks a binding already listed in this 207 body
    xml = '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/projects/shared/</d:href><d:status>HTTP/1.1 208 Already Reported</d:status></d:response></d:multistatus>'
    return HttpResponse(xml, status=207, content_type='application/xml; charset="utf-8"')


urlpatterns = [path("projects/", propfind)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
