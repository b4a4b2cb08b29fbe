namespace Reform.Site.Validation;

/// <summary>The 全国地方公共団体コード: five digits and a check digit computed with weights
/// 6,5,4,3,2 modulo 11 (総務省 方式).</summary>
internal static class MunicipalityCode
{
    /// <returns>null when valid, otherwise what is wrong, in English and Japanese.</returns>
    public static (string En, string Ja)? Problem(string code)
    {
        if (code.Length != 6 || !code.All(char.IsAsciiDigit)) return ("6 half-width digits are expected.", "半角数字 6 桁で書いてください。");
        if (Model.Prefectures.Of(code) is null)
            return ($"The first two digits {code[..2]} are no prefecture (01–47).", $"先頭 2 桁 {code[..2]} は都道府県の番号（01〜47）ではありません。");
        var expected = CheckDigit(code[..5]);
        return code[5] - '0' == expected ? null : ($"The check digit should be {expected} ({code[..5]}{expected}).", $"検査数字は {expected} のはずです（{code[..5]}{expected}）。");
    }

    public static int CheckDigit(string firstFive)
    {
        int[] weights = [6, 5, 4, 3, 2];
        var sum = firstFive.Select((digit, index) => (digit - '0') * weights[index]).Sum();
        return (11 - sum % 11) % 10;
    }
}
