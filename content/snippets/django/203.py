# run: python 203.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def photo(request, name):
    # a transforming proxy: the image is re-encoded, not as the origin sent it
    headers = {"Via": "1.1 gateway"}
    return HttpResponse(b"RIFF....WEBP", content_type="image/webp", status=203, headers=headers)


urlpatterns = [path("photos/<name>", photo)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
