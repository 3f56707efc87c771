# run: python 402.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def create_report(request):
    credits = 0  # the account's balance
    if credits < 1:
        return JsonResponse({"title": "Your plan has no report credits left"}, status=402)
    return JsonResponse({"report": 1}, status=201)


urlpatterns = [path("v1/reports", create_report)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
