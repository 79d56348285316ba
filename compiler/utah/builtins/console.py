"""`console.*`: output, prompts and dialogs (BUILTINS.md "console")."""
from .signatures import sig, sigs

BUILTINS = [
    *sigs("console", "log error warn", "(...values: any): void"),
    sig("console", "clear", "(): void"),
    *sigs("console", "isSudo isInteractive", "(): boolean"),
    sig("console", "getShell", "(): string"),
    *sigs("console", "prompt promptPassword", "(text: string): string"),
    sig("console", "promptText", "(text: string, def?: string, pattern?: string | regex): string"),
    sig("console", "promptNumber", "(text: string, min?: number, max?: number, def?: number): number"),
    sig("console", "promptYesNo", "(text: string): boolean"),
    sig("console", "promptFile", "(text: string, filter?: string): string"),
    sig("console", "promptDirectory", "(text: string, def?: string): string"),
    *sigs("console", "showMessage showInfo showWarning showError showSuccess",
          "(title: string, message: string): void"),
    sig("console", "showChoice",
        "(title: string, message: string, options: string[] | string, defaultIndex?: number): string"),
    sig("console", "showMultiChoice",
        "(title: string, message: string, options: string[] | string, defaults?: any): string[]"),
    sig("console", "showConfirm", "(title: string, message: string, def?: boolean): boolean"),
    sig("console", "showProgress", "(title: string, message: string, percent: number): void"),
]
