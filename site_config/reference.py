"""A reference view for benchmarks: the cheapest Django page, through the
whole middleware stack. Routed only when BENCHMARK_ENDPOINTS=1."""

from django.http import HttpResponse
from django.views.decorators.cache import never_cache


@never_cache
def bare(request):
    return HttpResponse("ok", content_type="text/plain")
