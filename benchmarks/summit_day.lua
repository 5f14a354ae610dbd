-- wrk script for benchmarks/summit_day.py: visitors on the realistic mix.
-- The Python side writes `paths.lua` beside this file (one entry per weight
-- unit, so a random pick follows the mix) and passes its path as argument.
-- With a mean pause (second argument), each connection waits a random time
-- (exponential) before its next request, so that the visitors offer about
-- connections / pause requests per second rather than all the machine takes.
-- Counts hits (Varnish's X-Cache) and non-200 answers per thread; done()
-- prints one JSON line with the totals and the latency percentiles.

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  paths = dofile(args[1])
  -- Mean pause of a connection between its answer and its next request, in
  -- ms (0: none, the machine's saturation): random pauses spread arrivals.
  pause = tonumber(args[2] or "0")
  math.randomseed(os.time() * 1000 + id)
  hits, answers, bad = 0, 0, 0
end

function request()
  local entry = paths[math.random(#paths)]
  return wrk.format("GET", entry[1], {
    ["Host"] = wrk.host .. ":" .. wrk.port,
    ["X-Forwarded-Proto"] = "https",
    ["Accept-Language"] = entry[2],
    ["Accept-Encoding"] = "gzip",
    ["User-Agent"] = "ogp-summit-day-wrk",
  })
end

function delay()
  if pause == 0 then return 0 end
  return math.floor(-math.log(1 - math.random()) * pause)
end

function response(status, headers, body)
  answers = answers + 1
  if headers["X-Cache"] == "hit" then hits = hits + 1 end
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local h, a, b = 0, 0, 0
  for _, thread in ipairs(threads) do
    h = h + thread:get("hits")
    a = a + thread:get("answers")
    b = b + thread:get("bad")
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "answers": %d, "hits": %d, "bad status": %d, ' ..
    '"socket errors": %d, "timeouts": %d, "seconds": %.3f, ' ..
    '"p50 ms": %.3f, "p90 ms": %.3f, "p95 ms": %.3f, "p98 ms": %.3f, ' ..
    '"p99 ms": %.3f, "p999 ms": %.3f, "max ms": %.3f}\n',
    summary.requests, a, h, b, e.connect + e.read + e.write, e.timeout,
    summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(98) / 1000,
    latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
    latency.max / 1000))
end
