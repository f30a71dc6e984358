-- Headless Neovim (0.7.2, Debian 12) as a language client, no plugins: opens the
-- story, starts `sourcing-lens lsp --stdio` with vim.lsp.start_client, attaches it,
-- waits for diagnostics, asks for a hover, and writes what Neovim got to a JSON file
-- for nvim.test.ts to check. Any failure exits non-zero with the reason in the file.
local env = vim.env
local function finish(result)
  vim.fn.writefile({ vim.fn.json_encode(result) }, env.SL_OUT)
  vim.cmd(result.error and 'cquit 1' or 'qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(env.SL_STORY))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'sourcing-lens',
    cmd = { env.SL_NODE, env.SL_CLI, 'lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(env.SL_STORY, ':h'),
  })
  assert(client_id, 'vim.lsp.start_client failed')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'vim.lsp.buf_attach_client failed')
  local got = vim.wait(100000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  assert(got, 'no diagnostics within 100 s')

  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, source = d.source, message = d.message,
      code = d.code or lsp.code,
    })
  end

  local client = vim.lsp.get_client_by_id(client_id)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = tonumber(env.SL_HOVER_LINE), character = tonumber(env.SL_HOVER_CHARACTER) },
  }
  local response = client.request_sync('textDocument/hover', params, 60000, bufnr)
  assert(response and response.result, 'no hover: ' .. vim.inspect(response))
  finish({ diagnostics = diagnostics, hover = response.result.contents.value })
  client.stop()
end)
if not ok then finish({ error = tostring(err) }) end
