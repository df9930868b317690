-- GET /api/v1/convenios/{key}, cycling through many different keys so the
-- benchmark reads the whole table, not one cached row.
-- Usage: wrk … -s bench/http/keys.lua URL -- KEYS_FILE
-- (KEYS_FILE: one key per line; the Authorization header comes from -H).

local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end

function init(args)
  requests = {}
  for key in io.lines(args[1]) do
    -- Keys are letters, digits and hyphens: no percent-encoding needed.
    requests[#requests + 1] = wrk.format("GET", "/api/v1/convenios/" .. key)
  end
  if #requests == 0 then
    error("no keys in " .. args[1])
  end
  -- Each thread starts at its own place in the list.
  next_index = 1 + (offset * math.floor(#requests / 2)) % #requests
end

function request()
  local r = requests[next_index]
  next_index = next_index % #requests + 1
  return r
end
