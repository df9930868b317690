-- Staff pages, one after another, as people at their desks open them: each
-- connection cycles through the paths given, from its own place in the list.
-- Usage: wrk … -s bench/http/pages.lua URL -- PATH…
-- (the session cookie comes from -H "Cookie: …").

local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end

function init(args)
  requests = {}
  for _, path in ipairs(args) do
    requests[#requests + 1] = wrk.format("GET", path)
  end
  if #requests == 0 then
    error("no pages given")
  end
  next_index = 1 + offset % #requests
end

function request()
  local r = requests[next_index]
  next_index = next_index % #requests + 1
  return r
end

