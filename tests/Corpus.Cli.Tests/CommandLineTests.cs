using System;
using System.Linq;

namespace Corpus.Cli.Tests;

[TestClass]
public sealed class CommandLineTests
{
    [TestMethod]
    public void An_unknown_option_is_a_usage_error()
    {
        var run = Cli.Run("--no-such-option");

        run.ExitCode.ShouldBe(ExitCodes.UsageError, run.ToString());
        run.Error.ShouldContain("--no-such-option", Case.Sensitive);
        run.Error.ShouldContain("corpus --help", Case.Sensitive);
        run.Out.ShouldBeEmpty();
    }

    [TestMethod]
    public void An_unknown_command_is_a_usage_error()
    {
        var run = Cli.Run("frobnicate");

        run.ExitCode.ShouldBe(ExitCodes.UsageError, run.ToString());
        run.Error.ShouldContain("frobnicate", Case.Sensitive);
    }

    [TestMethod]
    public void Inspect_without_a_file_is_a_usage_error()
    {
        Cli.Run("inspect").ExitCode.ShouldBe(ExitCodes.UsageError);
    }

    [TestMethod]
    public void Help_names_the_tool_corpus_and_describes_every_command()
    {
        var run = Cli.Run("--help");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Out.ShouldContain("corpus [command] [options]", Case.Sensitive);
        run.Out.ShouldContain("  show ", Case.Sensitive);
        run.Out.ShouldContain("  inspect <file> ", Case.Sensitive);
        run.Out.ShouldContain("  stats <paths> ", Case.Sensitive);
        run.Out.ShouldContain("  export <paths> ", Case.Sensitive);
        run.Out.ShouldContain("  fake ", Case.Sensitive);
    }

    [TestMethod]
    public void Every_command_option_and_argument_has_a_description()
    {
        var root = CliApp.CreateRootCommand();

        foreach (var command in root.Subcommands)
        {
            command.Description.ShouldNotBeNullOrWhiteSpace(command.Name);
            foreach (var option in command.Options)
            {
                option.Description.ShouldNotBeNullOrWhiteSpace($"{command.Name} {option.Name}");
            }

            foreach (var argument in command.Arguments)
            {
                argument.Description.ShouldNotBeNullOrWhiteSpace($"{command.Name} {argument.Name}");
            }
        }
    }

    [TestMethod]
    [DataRow("show")]
    [DataRow("inspect")]
    [DataRow("members")]
    [DataRow("stats")]
    [DataRow("export")]
    [DataRow("fake")]
    public void Every_command_help_has_usage_examples_and_exit_codes_in_80_columns(string command)
    {
        var run = Cli.Run(command, "--help");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Out.ShouldContain($"Usage:\n  corpus {command}", Case.Sensitive);
        run.Out.ShouldContain($"Examples:\n  corpus {command}", Case.Sensitive);
        run.Out.ShouldEndWith("Exit codes:\n  0  ok\n  1  input error: a file is missing, unreadable, empty or binary (reported as\n"
            + "     path(line,col): error CORPUSnnn: message), or the output cannot be written;\n"
            + "     stats, export and members still write their output from the other files\n"
            + "  2  usage error: unknown command or option, missing argument, bad value\n");
        run.Out.Split('\n').ShouldAllBe(line => line.TrimEnd().Length <= 80);
    }

    [TestMethod]
    public void Root_help_lists_examples_and_exit_codes()
    {
        var output = Cli.Run("-h").Out;

        output.ShouldContain("Examples:\n  corpus stats ", Case.Sensitive);
        output.ShouldContain("Exit codes:\n  0  ok\n", Case.Sensitive);
    }

    [TestMethod]
    [DataRow("show")]
    [DataRow("stats")]
    [DataRow("--help")]
    [DataRow("stats --help")]
    public void Redirected_output_holds_no_escape_codes(string commandLine)
    {
        var run = Cli.Run(commandLine.Split(' '));

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        (run.Out + run.Error).ShouldNotContain('\u001b');
        (run.Out + run.Error).ShouldNotContain('\r');
    }

    [TestMethod]
    public void A_bad_export_format_or_unknown_stats_option_is_a_usage_error_not_an_input_error()
    {
        Cli.Run("export", "-f", "csv", Cli.SeedsFolder).ExitCode.ShouldBe(ExitCodes.UsageError);
        var run = Cli.Run("stats", "--colour");
        run.ExitCode.ShouldBe(ExitCodes.UsageError);
        run.Error.ShouldContain("corpus stats --help", Case.Sensitive);
    }

    [TestMethod]
    [DataRow("show")]
    [DataRow("stats")]
    [DataRow("stats --json")]
    [DataRow("inspect SEED")]
    [DataRow("members")]
    [DataRow("export --format jsonl SEED")]
    [DataRow("--help")]
    [DataRow("export --help")]
    public void Every_command_reports_output_it_cannot_write_in_one_line_with_exit_code_1(string commandLine)
    {
        var args = commandLine.Split(' ').Select(a => a == "SEED" ? Cli.Seed("004_9158aa63fc4f2dea.txt") : a).ToArray();

        var run = Cli.RunWithOutput(new FailingWriter("No space left on device"), args);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldEndWith(": cannot write the output: No space left on device\n", Case.Sensitive, run.ToString());
        run.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem().ShouldStartWith("corpus");
    }
}
