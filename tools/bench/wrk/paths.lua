-- wrk script for ./bench: requests the paths listed in a file, one after another (each thread from
-- its own place in the list), counts answers other than 200 (a lost session is a 302 to /login,
-- which wrk alone counts as a success) and prints one summary line that tools/bench/lib.sh reads:
--
--   wrk -t1 -c1 -d15s -s tools/bench/wrk/paths.lua http://127.0.0.1:PORT -- PATHS_FILE

local threads = {}

function setup(thread)
   thread:set("number", #threads)
   table.insert(threads, thread)
end

function init(args)
   paths = {}
   for line in io.lines(args[1]) do
      if line ~= "" then
         paths[#paths + 1] = line
      end
   end
   if #paths == 0 then
      error("no paths in " .. args[1])
   end
   nth = (number * 7919) % #paths
   not_ok = 0
end

function request()
   nth = nth % #paths + 1
   return wrk.format(nil, paths[nth])
end

function response(status, headers, body)
   if status ~= 200 then
      not_ok = not_ok + 1
   end
end

function done(summary, latency, requests)
   local bad = 0
   for _, thread in ipairs(threads) do
      bad = bad + thread:get("not_ok")
   end
   local e = summary.errors
   io.write(string.format(
      "BENCH requests=%d seconds=%.3f p50_us=%d p99_us=%d max_us=%d mean_us=%.0f not_200=%d socket_errors=%d\n",
      summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99), latency.max,
      latency.mean, bad, e.connect + e.read + e.write + e.timeout))
end
