-- Drives dist/server.js from Neovim's built-in LSP client (0.7+ API): open a report, ask for its
-- document symbols, wait for the diagnostics the server pushes, write both as JSON, quit.
local server, file, out = _G.arg_server, _G.arg_file, _G.arg_out
local client_id = vim.lsp.start_client({ name = 'fazhi_report', cmd = { 'node', server, '--stdio' }, root_dir = vim.fn.getcwd() })
vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.bo.filetype = 'fazhi-report'
vim.lsp.buf_attach_client(0, client_id)
vim.wait(10000, function() local c = vim.lsp.get_client_by_id(client_id); return c ~= nil and c.initialized end, 50)
local response = vim.lsp.buf_request_sync(0, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params() }, 10000)
local names = {}
for _, r in pairs(response or {}) do
  local function walk(symbols, depth)
    for _, s in ipairs(symbols or {}) do table.insert(names, string.rep('  ', depth) .. s.name); walk(s.children, depth + 1) end
  end
  walk(r.result, 0)
end
vim.wait(10000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(diagnostics, { line = d.lnum, col = d.col, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), message = d.message })
end
table.sort(diagnostics, function(a, b) return a.line < b.line or (a.line == b.line and a.col < b.col) end)
local f = io.open(out, 'w'); f:write(vim.json.encode({ names = names, diagnostics = diagnostics })); f:close()
vim.cmd('qa!')
