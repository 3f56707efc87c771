# run: python 201.py
import json
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def create_order(request):
    order = json.loads(request.body)
    order["id"] = 1043
    return JsonResponse(order, status=201, headers={"Location": "/api/orders/1043"})


urlpatterns = [path("api/orders", create_order)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
