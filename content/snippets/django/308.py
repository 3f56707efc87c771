# run: python 308.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponsePermanentRedirect
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def orders(request):
    return HttpResponsePermanentRedirect("https://api.example.com/api/v1/orders", status=308)


urlpatterns = [path("v1/orders", orders)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
