# run: python 303.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponseRedirect
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def place_order(request):
    # saved from request.POST; show the new order
    return HttpResponseRedirect("/orders/1042", status=303)


urlpatterns = [path("orders", place_order)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
