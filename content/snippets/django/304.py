# run: python 304.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path
from django.utils.cache import get_conditional_response

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])
CSS = "body { font: 1rem/1.5 system-ui; }"
ETAG = '"5e1f-1a2b3c"'


def stylesheet(request):
    headers = {"ETag": ETAG, "Cache-Control": "public, max-age=600", "Vary": "Accept-Encoding"}
    response = HttpResponse(CSS, content_type="text/css", headers=headers)
    # 304 with no body when If-None-Match names the current ETag
    return get_conditional_response(request, etag=ETAG, response=response)


urlpatterns = [path("assets/app.css", stylesheet)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
