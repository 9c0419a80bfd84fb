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
}
