using System;
using Aeos.Build.Tasks.Licenses;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class SpdxExpressionTests
{
    private static readonly LicensePolicy Policy = LicensePolicy.Parse("""
        {
          "schemaVersion": 1,
          "allowed": ["MIT", "Apache-2.0", "GPL-2.0-only WITH Classpath-exception-2.0"],
          "denied": ["AGPL-3.0-only", "Apache-2.0 WITH LLVM-exception"]
        }
        """);

    [Theory]
    [InlineData("MIT", "allowed")]
    [InlineData("mit", "allowed")]
    [InlineData("GPL-3.0-only", "flagged")]
    [InlineData("AGPL-3.0-only", "denied")]
    [InlineData("MIT OR GPL-3.0-only", "allowed")]
    [InlineData("AGPL-3.0-only OR GPL-3.0-only", "flagged")]
    [InlineData("MIT AND GPL-3.0-only", "flagged")]
    [InlineData("MIT AND AGPL-3.0-only", "denied")]
    [InlineData("MIT OR AGPL-3.0-only AND GPL-3.0-only", "allowed")]
    [InlineData("(MIT OR AGPL-3.0-only) AND GPL-3.0-only", "flagged")]
    [InlineData("((MIT))", "allowed")]
    [InlineData("GPL-2.0-only WITH Classpath-exception-2.0", "allowed")]
    [InlineData("GPL-2.0-only WITH Other-exception", "flagged")]
    [InlineData("Apache-2.0 WITH LLVM-exception", "denied")]
    [InlineData("MIT WITH Some-exception", "allowed")]
    [InlineData("LicenseRef-Proprietary", "flagged")]
    public void TheVerdictFollowsTheOperators(string expression, string expected)
    {
        Assert.Equal(expected, LicenseReport.Name(SpdxExpression.Evaluate(expression, Policy.Judge)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("MIT OR")]
    [InlineData("(MIT")]
    [InlineData("MIT)")]
    [InlineData("MIT AND AND Apache-2.0")]
    [InlineData("MIT Apache-2.0")]
    [InlineData("mit or apache-2.0")]
    [InlineData("MIT WITH")]
    [InlineData("MIT/Apache")]
    public void WhatIsNoExpressionIsRefused(string expression)
    {
        Assert.Throws<FormatException>(() => SpdxExpression.Evaluate(expression, Policy.Judge));
    }

    [Theory]
    [InlineData("MIT", "allowed")]
    [InlineData("BSD-3-Clause", "allowed")]
    [InlineData("MS-PL", "allowed")]
    [InlineData("LGPL-2.1-or-later", "flagged")]
    [InlineData("MPL-2.0", "flagged")]
    [InlineData("AGPL-3.0-or-later", "flagged")]
    public void TheDefaultPolicyAllowsPermissiveLicencesAndFlagsTheRest(string expression, string expected)
    {
        Assert.Equal(expected, LicenseReport.Name(SpdxExpression.Evaluate(expression, LicensePolicy.Default.Judge)));
    }
}
