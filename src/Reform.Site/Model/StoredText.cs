namespace Reform.Site.Model;

/// <summary>A model record's text: held in the record, or waiting in a <see cref="TextStore"/>
/// at an offset, read when asked for.</summary>
internal readonly record struct StoredText(object? Holder, long Offset)
{
    public static StoredText Of(LocalizedText? text) => new(text, 0);

    public LocalizedText? Value => Holder switch
    {
        LocalizedText text => text,
        TextStore store => store.Read(Offset),
        _ => null,
    };
}
