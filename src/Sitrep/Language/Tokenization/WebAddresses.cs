namespace Sitrep.Language.Tokenization;

/// <summary>Recognises web and e-mail addresses, which the tokenizer keeps whole.</summary>
internal static class WebAddresses
{
    static readonly string[] Schemes = ["http://", "https://", "ftp://", "www."];

    /// <summary>"https://…", "www.…", or "name.tld[/path]" with a known top-level domain.</summary>
    public static bool IsWebAddress(ReadOnlySpan<char> s, TokenizerData data)
    {
        foreach (var scheme in Schemes)
            if (s.Length > scheme.Length + 1 && s.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return true;
        int slash = s.IndexOf('/');
        var host = slash < 0 ? s : s[..slash];
        int lastDot = host.LastIndexOf('.');
        if (lastDot <= 0 || lastDot == host.Length - 1 || !data.IsTopLevelDomain(host[(lastDot + 1)..])) return false;
        return IsHostName(host);
    }

    /// <summary>local@domain.tld with a letter at the end.</summary>
    public static bool IsEmail(ReadOnlySpan<char> s)
    {
        int at = s.IndexOf('@');
        if (at <= 0 || at == s.Length - 1 || !char.IsLetter(s[^1])) return false;
        foreach (var c in s[..at])
            if (!char.IsLetterOrDigit(c) && c is not ('.' or '_' or '-' or '+' or '%')) return false;
        var domain = s[(at + 1)..];
        return domain.Contains('.') && IsHostName(domain);
    }

    /// <summary>Labels of letters, digits and hyphens separated by single dots.</summary>
    static bool IsHostName(ReadOnlySpan<char> host)
    {
        bool letter = false;
        for (int i = 0; i < host.Length; i++)
        {
            char c = host[i];
            if (c == '.')
            {
                if (i == 0 || host[i - 1] == '.') return false;
            }
            else if (char.IsLetter(c)) letter = true;
            else if (!char.IsDigit(c) && c != '-') return false;
        }
        return letter;
    }
}
