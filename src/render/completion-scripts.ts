// Command-line completion scripts for bash, zsh, fish and PowerShell, generated from a
// description of the commands (taken from the commander program), so that they never
// drift from the real options. Ids come at completion time from `sak __complete ids`.

/** What a positional argument completes to. */
export type ArgumentKind = 'kind' | 'id' | 'file' | 'dir' | 'shell' | 'other';

/** An option of a command: its names (`-o`, `--output`) and whether it takes a value. */
export interface CompletionOption {
  names: readonly string[];
  value: boolean;
}

/** A command: its options, positional arguments and (for `add`) subcommands. */
export interface CompletionCommand {
  name: string;
  options: readonly CompletionOption[];
  args: readonly ArgumentKind[];
  subcommands?: readonly CompletionCommand[];
}

/** Everything a completion script needs. */
export interface CompletionModel {
  program: string;
  globalOptions: readonly CompletionOption[];
  commands: readonly CompletionCommand[];
  kinds: readonly string[];
  shells: readonly string[];
  /** Values of options with a fixed set (`--lang`, `--ci`). */
  optionValues: Readonly<Record<string, readonly string[]>>;
}

/** The shells `sak completion` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;

/** A shell of `sak completion`. */
export type Shell = (typeof SHELLS)[number];

function optionNames(options: readonly CompletionOption[]): string[] {
  return options.flatMap((o) => o.names);
}

/** Every option that takes a value, across all commands (names are used consistently). */
function valuedOptions(model: CompletionModel): string[] {
  const all = [...model.globalOptions, ...model.commands.flatMap((c) => [...c.options, ...(c.subcommands ?? []).flatMap((s) => s.options)])];
  return [...new Set(all.filter((o) => o.value).flatMap((o) => o.names))].sort();
}

/** The words a command's options complete to (its own and the global ones). */
function commandOptions(model: CompletionModel, command: CompletionCommand): string {
  return [...new Set([...optionNames(command.options), ...optionNames(model.globalOptions)])].join(' ');
}

interface PositionalArm {
  command: string;
  index: number;
  kind: ArgumentKind;
}

function positionalArms(model: CompletionModel): PositionalArm[] {
  const arms: PositionalArm[] = [];
  for (const command of model.commands) {
    if (command.subcommands) arms.push({ command: command.name, index: 0, kind: 'kind' });
    command.args.forEach((kind, index) => {
      if (kind !== 'other') arms.push({ command: command.name, index, kind });
    });
  }
  return arms;
}

function shellQuoteWords(words: readonly string[]): string {
  return words.join(' ');
}

/** The bash script: `source <(sak completion bash)`. */
export function bashScript(model: CompletionModel): string {
  const p = model.program;
  const fn = `_${p}_completion`;
  const commandArms = model.commands
    .map((c) => {
      if (!c.subcommands) return `        ${c.name}) opts="${commandOptions(model, c)}" ;;`;
      const subArms = c.subcommands.map((s) => `                ${s.name}) opts="${commandOptions(model, s)}" ;;`).join('\n');
      return `        ${c.name})\n            opts="${commandOptions(model, c)}"\n            case "$sub" in\n${subArms}\n            esac ;;`;
    })
    .join('\n');
  const valueArms = Object.entries(model.optionValues)
    .map(([option, values]) => `            ${option}) COMPREPLY=($(compgen -W "${shellQuoteWords(values)}" -- "$cur")) ;;`)
    .join('\n');
  const positional = positionalArms(model)
    .map((arm) => {
      const key = `${arm.command}:${arm.index}`;
      switch (arm.kind) {
        case 'kind':
          return `        ${key}) words="${shellQuoteWords(model.kinds)}" ;;`;
        case 'shell':
          return `        ${key}) words="${shellQuoteWords(model.shells)}" ;;`;
        case 'id':
          return `        ${key}) words="$(${p} \${reg:+--register "$reg"} __complete ids 2>/dev/null)" ;;`;
        case 'dir':
          return `        ${key}) files=d ;;`;
        default:
          return `        ${key}) files=f ;;`;
      }
    })
    .join('\n');
  return `# ${p} completion for bash. Load it with: source <(${p} completion bash)
${fn}() {
    local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
    local cmd="" sub="" reg="" prevopt="" npos=0 skip=0 i w
    local valued=" ${valuedOptions(model).join(' ')} "
    for ((i = 1; i < COMP_CWORD; i++)); do
        w="\${COMP_WORDS[i]}"
        if ((skip)); then
            skip=0
            [[ $prevopt == --register ]] && reg="$w"
            continue
        fi
        case "$w" in
            --*=*) ;;
            -*) if [[ $valued == *" $w "* ]]; then skip=1; prevopt="$w"; fi ;;
            *) if [[ -z $cmd ]]; then cmd="$w"; else
                   [[ $npos -eq 0 ]] && sub="$w"
                   npos=$((npos + 1))
               fi ;;
        esac
    done
    if [[ $valued == *" $prev "* ]]; then
        case "$prev" in
${valueArms}
            --register) COMPREPLY=($(compgen -d -- "$cur")) ;;
            *) COMPREPLY=($(compgen -f -- "$cur")) ;;
        esac
        return
    fi
    local opts="" words="" files=""
    case "$cmd" in
        "") opts="${optionNames(model.globalOptions).join(' ')}"; words="${model.commands.map((c) => c.name).join(' ')}" ;;
${commandArms}
    esac
    if [[ -n $cmd ]]; then
        case "$cmd:$npos" in
${positional}
        esac
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    elif [[ $files == d ]]; then
        COMPREPLY=($(compgen -d -- "$cur"))
    elif [[ $files == f ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
    else
        COMPREPLY=($(compgen -W "$words" -- "$cur"))
    fi
}
complete -o default -F ${fn} ${p}
`;
}

/** The zsh script: `source <(sak completion zsh)` (loads compinit if needed). */
export function zshScript(model: CompletionModel): string {
  const p = model.program;
  const fn = `_${p}`;
  const commandArms = model.commands
    .map((c) => {
      if (!c.subcommands) return `    ${c.name}) opts=(${commandOptions(model, c)}) ;;`;
      const subArms = c.subcommands.map((s) => `      ${s.name}) opts=(${commandOptions(model, s)}) ;;`).join('\n');
      return `    ${c.name})\n      opts=(${commandOptions(model, c)})\n      case $sub in\n${subArms}\n      esac ;;`;
    })
    .join('\n');
  const valueArms = Object.entries(model.optionValues)
    .map(([option, values]) => `      ${option}) compadd -- ${values.join(' ')}; return ;;`)
    .join('\n');
  const positional = positionalArms(model)
    .map((arm) => {
      const key = `${arm.command}:${arm.index}`;
      switch (arm.kind) {
        case 'kind':
          return `    ${key}) compadd -- ${model.kinds.join(' ')}; return ;;`;
        case 'shell':
          return `    ${key}) compadd -- ${model.shells.join(' ')}; return ;;`;
        case 'id':
          return `    ${key}) compadd -- \${(f)"$(${p} \${reg:+--register} \${reg:+$reg} __complete ids 2>/dev/null)"}; return ;;`;
        case 'dir':
          return `    ${key}) _directories; return ;;`;
        default:
          return `    ${key}) _files; return ;;`;
      }
    })
    .join('\n');
  return `#compdef ${p}
# ${p} completion for zsh. Load it with: source <(${p} completion zsh)
${fn}() {
  local cur=\${words[CURRENT]} prev=\${words[CURRENT-1]}
  local cmd= sub= reg= prevopt= w
  local -i npos=0 skip=0 i
  local valued=" ${valuedOptions(model).join(' ')} "
  local -a opts
  for ((i = 2; i < CURRENT; i++)); do
    w=\${words[i]}
    if ((skip)); then
      skip=0
      [[ $prevopt == --register ]] && reg=$w
      continue
    fi
    case $w in
      --*=*) ;;
      -*) if [[ $valued == *" $w "* ]]; then skip=1; prevopt=$w; fi ;;
      *) if [[ -z $cmd ]]; then cmd=$w; else
           ((npos == 0)) && sub=$w
           npos+=1
         fi ;;
    esac
  done
  if [[ $valued == *" $prev "* ]]; then
    case $prev in
${valueArms}
      --register) _directories; return ;;
      *) _files; return ;;
    esac
  fi
  case $cmd in
    '') opts=(${optionNames(model.globalOptions).join(' ')})
        if [[ $cur != -* ]]; then compadd -- ${model.commands.map((c) => c.name).join(' ')}; return; fi ;;
${commandArms}
  esac
  if [[ $cur == -* ]]; then compadd -- $opts; return; fi
  case "$cmd:$npos" in
${positional}
  esac
  _files
}
if (( ! $+functions[compdef] )); then autoload -Uz compinit && compinit; fi
compdef ${fn} ${p}
`;
}

/** The fish script: `sak completion fish > ~/.config/fish/completions/sak.fish`. */
export function fishScript(model: CompletionModel): string {
  const p = model.program;
  const commandArms = model.commands
    .map((c) => {
      if (!c.subcommands) return `        case ${c.name}\n            set opts ${commandOptions(model, c)}`;
      const subArms = c.subcommands.map((s) => `                case ${s.name}\n                    set opts ${commandOptions(model, s)}`).join('\n');
      return `        case ${c.name}\n            set opts ${commandOptions(model, c)}\n            switch "$sub"\n${subArms}\n            end`;
    })
    .join('\n');
  const valueArms = Object.entries(model.optionValues)
    .map(([option, values]) => `            case ${option}\n                printf '%s\\n' ${values.join(' ')}\n                return`)
    .join('\n');
  const positional = positionalArms(model)
    .map((arm) => {
      const key = `${arm.command}:${arm.index}`;
      switch (arm.kind) {
        case 'kind':
          return `        case ${key}\n            printf '%s\\n' ${model.kinds.join(' ')}\n            return`;
        case 'shell':
          return `        case ${key}\n            printf '%s\\n' ${model.shells.join(' ')}\n            return`;
        case 'id':
          return `        case ${key}\n            if test -n "$reg"\n                ${p} --register $reg __complete ids 2>/dev/null\n            else\n                ${p} __complete ids 2>/dev/null\n            end\n            return`;
        default:
          return `        case ${key}\n            __fish_complete_path $cur\n            return`;
      }
    })
    .join('\n');
  return `# ${p} completion for fish. Save it as ~/.config/fish/completions/${p}.fish
function __${p}_complete
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l prev ''
    test (count $tokens) -gt 1; and set prev $tokens[-1]
    set -e tokens[1]
    set -l valued ${valuedOptions(model).join(' ')}
    set -l cmd ''
    set -l sub ''
    set -l reg ''
    set -l prevopt ''
    set -l npos 0
    set -l skip 0
    for w in $tokens
        if test $skip = 1
            set skip 0
            test "$prevopt" = --register; and set reg $w
            continue
        end
        switch $w
            case '--*=*'
            case '-*'
                if contains -- $w $valued
                    set skip 1
                    set prevopt $w
                end
            case '*'
                if test -z "$cmd"
                    set cmd $w
                else
                    test $npos = 0; and set sub $w
                    set npos (math $npos + 1)
                end
        end
    end
    if test -n "$prev"; and contains -- $prev $valued
        switch $prev
${valueArms}
            case --register
                __fish_complete_directories $cur
                return
            case '*'
                __fish_complete_path $cur
                return
        end
    end
    set -l opts
    switch "$cmd"
        case ''
            set opts ${optionNames(model.globalOptions).join(' ')}
            if not string match -q -- '-*' $cur
                printf '%s\\n' ${model.commands.map((c) => c.name).join(' ')}
                return
            end
${commandArms}
    end
    if string match -q -- '-*' $cur
        printf '%s\\n' $opts
        return
    end
    switch "$cmd:$npos"
${positional}
    end
    __fish_complete_path $cur
end
complete -c ${p} -f -a '(__${p}_complete)'
`;
}

/** The PowerShell script: `sak completion powershell | Out-String | Invoke-Expression`. */
export function powershellScript(model: CompletionModel): string {
  const p = model.program;
  const list = (words: readonly string[]) => `@(${words.map((w) => `'${w}'`).join(', ')})`;
  const commandArms = model.commands
    .map((c) => {
      if (!c.subcommands) return `        '${c.name}' { $opts = ${list(commandOptions(model, c).split(' '))} }`;
      const subArms = c.subcommands.map((s) => `            '${s.name}' { $opts = ${list(commandOptions(model, s).split(' '))} }`).join('\n');
      return `        '${c.name}' {\n            $opts = ${list(commandOptions(model, c).split(' '))}\n            switch ($sub) {\n${subArms}\n            }\n        }`;
    })
    .join('\n');
  const valueArms = Object.entries(model.optionValues)
    .map(([option, values]) => `            '${option}' { $words = ${list(values)} }`)
    .join('\n');
  const positional = positionalArms(model)
    .map((arm) => {
      const key = `${arm.command}:${arm.index}`;
      switch (arm.kind) {
        case 'kind':
          return `        '${key}' { $words = ${list(model.kinds)} }`;
        case 'shell':
          return `        '${key}' { $words = ${list(model.shells)} }`;
        case 'id':
          return `        '${key}' { $words = @(if ($reg) { & ${p} --register $reg __complete ids 2>$null } else { & ${p} __complete ids 2>$null }) }`;
        default:
          return `        '${key}' { $files = $true }`;
      }
    })
    .join('\n');
  return `# ${p} completion for PowerShell. Load it with: ${p} completion powershell | Out-String | Invoke-Expression
Register-ArgumentCompleter -Native -CommandName ${p} -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $valued = ${list(valuedOptions(model))}
    $tokens = @($commandAst.CommandElements | Where-Object { $_.Extent.EndOffset -lt $cursorPosition -or ($_.Extent.EndOffset -eq $cursorPosition -and $wordToComplete -eq '') } | ForEach-Object { $_.ToString() })
    if ($wordToComplete -ne '' -and $tokens.Count -gt 0 -and $tokens[-1] -eq $wordToComplete) { $tokens = @($tokens | Select-Object -SkipLast 1) }
    $cmd = ''; $sub = ''; $reg = ''; $prevopt = ''; $npos = 0; $skip = $false
    foreach ($w in ($tokens | Select-Object -Skip 1)) {
        if ($skip) { $skip = $false; if ($prevopt -eq '--register') { $reg = $w }; continue }
        if ($w -like '--*=*') { continue }
        if ($w -like '-*') { if ($valued -contains $w) { $skip = $true; $prevopt = $w }; continue }
        if ($cmd -eq '') { $cmd = $w } else { if ($npos -eq 0) { $sub = $w }; $npos++ }
    }
    $prev = if ($tokens.Count -gt 1) { $tokens[-1] } else { '' }
    $words = @(); $opts = @(); $files = $false
    if ($valued -contains $prev) {
        switch ($prev) {
${valueArms}
            default { $files = $true }
        }
    } else {
        switch ($cmd) {
            '' { $opts = ${list(optionNames(model.globalOptions))}; $words = ${list(model.commands.map((c) => c.name))} }
${commandArms}
        }
        if ($cmd -ne '') {
            switch ("$($cmd):$npos") {
${positional}
            }
        }
    }
    if ($wordToComplete -like '-*') { $words = $opts }
    if ($files -and $wordToComplete -notlike '-*') {
        Get-ChildItem -Path "$wordToComplete*" -ErrorAction SilentlyContinue | ForEach-Object { [System.Management.Automation.CompletionResult]::new($_.Name, $_.Name, 'ProviderItem', $_.Name) }
        return
    }
    $words | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
}
`;
}

/** The completion script for a shell. */
export function completionScript(shell: Shell, model: CompletionModel): string {
  switch (shell) {
    case 'bash':
      return bashScript(model);
    case 'zsh':
      return zshScript(model);
    case 'fish':
      return fishScript(model);
    default:
      return powershellScript(model);
  }
}
