using Pavillon.Assessment;
using Pavillon.KnowledgeBase;
using Pavillon.Model;
using Spectre.Console;

namespace Pavillon.Cli.Commands;

/// <summary>Runs the assess stage after attribution with the policy named by --policy.</summary>
internal static class AssessmentStage
{
    /// <summary>The assessed result, or null after writing why the policy could not be used.</summary>
    public static ScanResult? Run(ScanResult result, OutputSettings settings, ProviderKnowledge knowledge)
    {
        PolicyData data;
        try
        {
            data = PolicyData.Default;
        }
        catch (PolicyException ex)
        {
            Consoles.Error.MarkupLineInterpolated($"[red]error:[/] policy data: {ex.Message}");
            return null;
        }

        var policy = data.Resolve(settings.Policy ?? PolicyData.DefaultPolicyId, out var error);
        if (policy is null)
        {
            Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {error}");
            return null;
        }

        return new Assessor(policy, data, knowledge).Assess(result);
    }
}
