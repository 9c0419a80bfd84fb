using System.Linq;

namespace Corpus.Seeds.Tests;

/// <summary>Document.RelativePath through MSBuild: the project directory reaches the generator (ProjectDir).</summary>
[TestClass]
public sealed class RelativePathTests
{
    [TestMethod]
    public void Two_files_of_one_name_in_two_folders_of_the_project_are_told_apart_by_their_relative_paths()
    {
        SameName.All.Select(d => d.FileName).ShouldBe(["same.txt", "same.txt"]);
        SameName.All.Select(d => d.RelativePath).ShouldBe(["SameName/sub1/same.txt", "SameName/sub2/same.txt"]);
        SameName.MinistersOpenTradeTalksInTheCapital.RelativePath.ShouldBe("SameName/sub1/same.txt");
    }

    [TestMethod]
    public void Seeds_outside_the_project_directory_have_their_file_names()
    {
        Seeds.All.ShouldAllBe(d => d.RelativePath == d.FileName);
        Seeds.XiJinpingTalksWithRussianPresidentPutin.RelativePath.ShouldBe(Seeds.XiJinpingTalksWithRussianPresidentPutin.FileName);
    }
}
