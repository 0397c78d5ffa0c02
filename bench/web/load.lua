-- wrk script for bench/web/load.sh: cycles through the read API (the CLI's read verbs and the
-- analyses) and counts answers by status code, so 5xx, 503 and 200 can be told apart.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
  paths = {
    "/api/deals", "/api/deals?asOf=2026-01-30", "/api/deals/nvidia-openai-loi-2025",
    "/api/deals/nvidia-openai-loi-2025/history", "/api/parties", "/api/sources",
    "/api/reality?asOf=2026-03-31", "/api/runway?asOf=2026-03-31", "/api/loops?asOf=2026-03-31",
    "/api/stress?asOf=2026-03-31&fails=openai", "/api/deals?party=openai",
  }
  n = 0
end

function request()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local all = {}
  for _, t in ipairs(threads) do
    for status, c in pairs(t:get("counts")) do
      all[status] = (all[status] or 0) + c
    end
  end
  local parts = {}
  for status, c in pairs(all) do
    table.insert(parts, status .. "=" .. c)
  end
  table.sort(parts)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f statuses=%s socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, table.concat(parts, ","),
    e.connect + e.read + e.write + e.timeout))
end
