using System.Diagnostics;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Analysis;

/// <summary>samples/LibraryConsumer uses Sitrep as an outside program would; built and run here as a user runs it.</summary>
public class LibraryConsumerTests
{
    [Fact]
    public void The_consumer_sample_stores_two_documents_with_events()
    {
        var db = Path.Combine(Path.GetTempPath(), $"sitrep-consumer-{Guid.NewGuid():N}.db");
        try
        {
            var project = Path.Combine(SharedData.RepoRoot, "samples", "LibraryConsumer");
            var start = new ProcessStartInfo("dotnet", ["run", "--project", project, "-c", "Release", "--", db])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
#pragma warning disable xUnit1031 // a child process with a timeout; its output tasks are complete once it has exited
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(8)), "the consumer did not finish");
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {stderr.Result}");
            Assert.Contains("2 documents", stdout.Result);
#pragma warning restore xUnit1031
            using var store = DocumentStore.Open(db);
            var stats = store.GetStats();
            Assert.Equal(2, stats.Documents);
            Assert.True(stats.Events >= 2, $"{stats.Events} events");
        }
        finally
        {
            foreach (var suffix in (string[])["", "-wal", "-shm"])
                if (File.Exists(db + suffix)) File.Delete(db + suffix);
        }
    }
}
