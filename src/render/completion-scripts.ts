// Command-line completion scripts for bash, zsh, fish and PowerShell: each a small shim that
// hands the words typed so far to `sak __complete -- WORDS…` and offers the lines it prints
// (src/core/completion.ts decides what they are, from the commands as declared and the
// register). A single line `__path_file__` or `__path_dir__` asks the shell to complete a path.
// The last word is the one under the cursor; `--new` before `--` says an empty one starts.

/** The shells `sak completion` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;

/** A shell of `sak completion`. */
export type Shell = (typeof SHELLS)[number];

/** The line `sak __complete` prints to ask for the shell's own completion of a file or folder. */
export const PATH_REQUEST = { file: '__path_file__', dir: '__path_dir__' } as const;

function bashScript(p: string): string {
  return `# ${p} completion for bash. Load it with: source <(${p} completion bash)
_${p}_completion() {
    local cur="\${COMP_WORDS[COMP_CWORD]}" out
    out=$(${p} __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
    case "$out" in
        ${PATH_REQUEST.file}) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
        ${PATH_REQUEST.dir}) mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
        *) mapfile -t COMPREPLY <<< "$out"; [[ -z "$out" ]] && COMPREPLY=() ;;
    esac
}
complete -F _${p}_completion ${p}
`;
}

function zshScript(p: string): string {
  return `#compdef ${p}
# ${p} completion for zsh. Load it with: source <(${p} completion zsh)
_${p}() {
    local out
    local -a candidates
    out=$(${p} __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null) || return 1
    case $out in
        ${PATH_REQUEST.file}) _files ;;
        ${PATH_REQUEST.dir}) _files -/ ;;
        *) candidates=("\${(@f)out}"); compadd -Q -- "\${(@)candidates:#}" ;;
    esac
}
if (( ! $+functions[compdef] )); then autoload -Uz compinit && compinit; fi
compdef _${p} ${p}
`;
}

function fishScript(p: string): string {
  return `# ${p} completion for fish. Load it with: ${p} completion fish | source
function __${p}_complete
    set -l words (commandline -opc)[2..-1]
    set -l current "$(commandline -ct)"
    set -l out (${p} __complete -- $words "$current" 2>/dev/null)
    switch "$out"
        case ${PATH_REQUEST.file}
            __fish_complete_path "$current"
        case ${PATH_REQUEST.dir}
            __fish_complete_directories "$current"
        case '*'
            printf '%s\\n' $out
    end
end
complete -c ${p} -f -a '(__${p}_complete)'
`;
}

function powershellScript(p: string): string {
  return `# ${p} completion for PowerShell. Load it with: ${p} completion powershell | Out-String | Invoke-Expression
Register-ArgumentCompleter -Native -CommandName ${p} -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $words = @($commandAst.CommandElements | Select-Object -Skip 1 | Where-Object { $_.Extent.EndOffset -le $cursorPosition } | ForEach-Object { $_.ToString() })
    # An empty argument does not reach a native command in every PowerShell: --new says a new word starts.
    $out = if ($wordToComplete -eq '') { @(& ${p} __complete --new -- @words 2>$null) } else { @(& ${p} __complete -- @words 2>$null) }
    if ($out.Count -eq 1 -and $out[0] -like '__path_*__') { return }
    $out | ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
}
`;
}

/** The completion script for a shell. */
export function completionScript(shell: Shell, program = 'sak'): string {
  switch (shell) {
    case 'bash':
      return bashScript(program);
    case 'zsh':
      return zshScript(program);
    case 'fish':
      return fishScript(program);
    default:
      return powershellScript(program);
  }
}
