# run: python 200.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def order(request, order_id):
    order = {"id": order_id, "status": "shipped"}
    return JsonResponse(order, status=200, headers={"ETag": '"a3f9c2"'})


urlpatterns = [path("api/orders/<int:order_id>", order)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
