using Microsoft.Playwright;

namespace OpenGovDashboard.EndToEndTests.Pages;

/// <summary>The posting import page (/postings/import): template, upload, preview, confirm.</summary>
public sealed class PostingImportPageObject(IPage page)
{
    public ILocator Heading => page.Locator("h1");

    public ILocator ScopeNote => page.GetByTestId("import-scope-note");

    public ILocator TemplateXlsx => page.GetByTestId("import-template-xlsx");

    public ILocator Summary => page.GetByTestId("import-summary");

    public ILocator HasErrors => page.GetByTestId("import-has-errors");

    public ILocator Errors => page.GetByTestId("import-errors");

    public ILocator Preview => page.GetByTestId("import-preview");

    public ILocator Ready => page.GetByTestId("import-ready");

    public ILocator NothingNew => page.GetByTestId("import-nothing-new");

    public ILocator Refusal => page.GetByTestId("import-refusal");

    public ILocator Done => page.GetByTestId("import-done");

    public ILocator Confirm => page.GetByTestId("import-confirm");

    public async Task OpenAsync()
    {
        await new ShellPageObject(page).OpenAsync("/postings/import");
        await page.GetByTestId("import-page").WaitForAsync();
    }

    /// <summary>Chooses a file as the file picker would; the page uploads and previews it.</summary>
    public Task UploadAsync(string path) =>
        page.Locator("[data-testid=import-upload] input[type=file], input[type=file][data-testid=import-upload]").First.SetInputFilesAsync(path);

    /// <summary>The error table's rows as (row, column, message) text.</summary>
    public async Task<List<(string Row, string Field, string Message)>> ErrorRowsAsync()
    {
        var rows = new List<(string, string, string)>();
        foreach (var row in await Errors.Locator("tbody tr").AllAsync())
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            rows.Add((cells[0].Trim(), cells[1].Trim(), cells[2].Trim()));
        }

        return rows;
    }
}
