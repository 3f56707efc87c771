# run: python 508.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def propfind(request):
    # Depth: infinity met a binding that leads back to /Coll/
    return HttpResponse("Loop found under /Coll/", status=508)


urlpatterns = [path("Coll/", propfind)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
