# run: python 405.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.http import require_safe

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


@require_safe
def report(request, year):
    # any other method gets 405 with Allow: GET, HEAD
    return JsonResponse({"year": year})


urlpatterns = [path("reports/<int:year>", report)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
