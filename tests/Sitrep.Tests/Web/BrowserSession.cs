using PuppeteerSharp;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Web;

/// <summary>
/// One browser page that records what a hostile page could do: console errors, uncaught exceptions, dialogs
/// (alert, confirm, prompt) and every request. Screenshots go to TestResults/screenshots (not committed).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public static string? ChromiumPath { get; } =
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    public static string ScreenshotFolder { get; } = Path.Combine(SharedData.RepoRoot, "TestResults", "screenshots");

    public IPage Page { get; }
    public List<string> Errors { get; } = [];
    public List<string> Dialogs { get; } = [];
    public List<string> Requests { get; } = [];

    BrowserSession(IPage page)
    {
        Page = page;
        page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) lock (Errors) Errors.Add(e.Message.Text); };
        page.PageError += (_, e) => { lock (Errors) Errors.Add(e.Message); };
        page.Dialog += async (_, e) =>
        {
            lock (Dialogs) Dialogs.Add(e.Dialog.Message);
            await e.Dialog.Dismiss();
        };
        page.Request += (_, e) => { lock (Requests) Requests.Add(e.Request.Url); };
    }

    /// <summary>A page of the given size; the test is skipped, with the reason printed, when chromium is not installed.</summary>
    public static async Task<BrowserSession> OpenAsync(WebServerFixture server, int width = 1400, int height = 1000)
    {
        var browser = await server.BrowserAsync();
        Skip.If(browser is null, "chromium is not installed (the set-up installs it: scripts/setup.d/20-chromium.sh)");
        var page = await browser!.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        return new BrowserSession(page);
    }

    /// <summary>Opens a path of the app and waits until every part of the view has loaded.</summary>
    public async Task GoAsync(string baseUrl, string path)
    {
        await Page.GoToAsync(baseUrl.TrimEnd('/') + path, WaitUntilNavigation.Load);
        await ReadyAsync();
    }

    /// <summary>The app marks the body ready once the view of the current URL has loaded.</summary>
    public Task ReadyAsync() => Page.WaitForSelectorAsync("body[data-ready='true']", new WaitForSelectorOptions { Timeout = 20_000 });

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(Path.Combine(ScreenshotFolder, name + ".png"), new ScreenshotOptions { FullPage = true });
    }

    public Task<T> EvalAsync<T>(string script) => Page.EvaluateExpressionAsync<T>(script);

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
