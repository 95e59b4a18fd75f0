IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [AtUtc] datetime2 NOT NULL,
        [Actor] nvarchar(256) NOT NULL,
        [Action] nvarchar(100) NOT NULL,
        [EntityType] nvarchar(100) NULL,
        [EntityId] nvarchar(100) NULL,
        [Summary] nvarchar(4000) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE TABLE [OrgUnits] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(100) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [ParentId] int NULL,
        [SortOrder] int NOT NULL,
        [IsDemo] bit NOT NULL,
        CONSTRAINT [PK_OrgUnits] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OrgUnits_OrgUnits_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [OrgUnits] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE TABLE [ApiKeys] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(100) NOT NULL,
        [Prefix] nvarchar(16) NOT NULL,
        [Hash] nvarchar(64) NOT NULL,
        [Role] nvarchar(32) NOT NULL,
        [OrgUnitId] int NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [LastUsedAtUtc] datetime2 NULL,
        [RevokedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_ApiKeys] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApiKeys_OrgUnits_OrgUnitId] FOREIGN KEY ([OrgUnitId]) REFERENCES [OrgUnits] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(100) NULL,
        [OrgUnitId] int NULL,
        [PreferredCulture] nvarchar(10) NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_OrgUnits_OrgUnitId] FOREIGN KEY ([OrgUnitId]) REFERENCES [OrgUnits] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE TABLE [Channels] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(100) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [OwnerOrgUnitId] int NULL,
        [LaunchedOn] date NOT NULL,
        [RetiredOn] date NULL,
        [IsDemo] bit NOT NULL,
        CONSTRAINT [PK_Channels] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Channels_OrgUnits_OwnerOrgUnitId] FOREIGN KEY ([OwnerOrgUnitId]) REFERENCES [OrgUnits] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE TABLE [TrainingSessions] (
        [Id] int NOT NULL IDENTITY,
        [HeldOn] date NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [OrganiserOrgUnitId] int NULL,
        [Attendees] int NOT NULL,
        [Hours] decimal(6,2) NULL,
        [Notes] nvarchar(2000) NULL,
        [IsDemo] bit NOT NULL,
        CONSTRAINT [PK_TrainingSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TrainingSessions_OrgUnits_OrganiserOrgUnitId] FOREIGN KEY ([OrganiserOrgUnitId]) REFERENCES [OrgUnits] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE TABLE [ChannelEvents] (
        [Id] int NOT NULL IDENTITY,
        [ChannelId] int NOT NULL,
        [OccurredOn] date NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Description] nvarchar(500) NOT NULL,
        CONSTRAINT [PK_ChannelEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ChannelEvents_Channels_ChannelId] FOREIGN KEY ([ChannelId]) REFERENCES [Channels] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE TABLE [Columns] (
        [Id] int NOT NULL IDENTITY,
        [ChannelId] int NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Category] nvarchar(32) NOT NULL,
        [UpdateClass] nvarchar(32) NOT NULL,
        [SortOrder] int NOT NULL,
        [IsDemo] bit NOT NULL,
        CONSTRAINT [PK_Columns] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Columns_Channels_ChannelId] FOREIGN KEY ([ChannelId]) REFERENCES [Channels] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE TABLE [Postings] (
        [Id] bigint NOT NULL IDENTITY,
        [ChannelId] int NOT NULL,
        [ColumnId] int NULL,
        [OrgUnitId] int NULL,
        [Title] nvarchar(500) NOT NULL,
        [Url] nvarchar(1000) NULL,
        [PublishedAtUtc] datetime2 NOT NULL,
        [PublishedOn] date NOT NULL,
        [ExternalId] nvarchar(200) NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [IsDemo] bit NOT NULL,
        CONSTRAINT [PK_Postings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Postings_Channels_ChannelId] FOREIGN KEY ([ChannelId]) REFERENCES [Channels] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Postings_Columns_ColumnId] FOREIGN KEY ([ColumnId]) REFERENCES [Columns] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Postings_OrgUnits_OrgUnitId] FOREIGN KEY ([OrgUnitId]) REFERENCES [OrgUnits] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ApiKeys_Hash] ON [ApiKeys] ([Hash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_ApiKeys_OrgUnitId] ON [ApiKeys] ([OrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_OrgUnitId] ON [AspNetUsers] ([OrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_AtUtc] ON [AuditEntries] ([AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_ChannelEvents_ChannelId] ON [ChannelEvents] ([ChannelId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Channels_Name] ON [Channels] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_Channels_OwnerOrgUnitId] ON [Channels] ([OwnerOrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Columns_ChannelId_Name] ON [Columns] ([ChannelId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OrgUnits_Name] ON [OrgUnits] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_OrgUnits_ParentId] ON [OrgUnits] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_Postings_ChannelId_ExternalId] ON [Postings] ([ChannelId], [ExternalId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_Postings_ChannelId_PublishedOn] ON [Postings] ([ChannelId], [PublishedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_Postings_ChannelId_Url] ON [Postings] ([ChannelId], [Url]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_Postings_ColumnId] ON [Postings] ([ColumnId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_Postings_OrgUnitId] ON [Postings] ([OrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_Postings_PublishedOn] ON [Postings] ([PublishedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_TrainingSessions_HeldOn] ON [TrainingSessions] ([HeldOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    CREATE INDEX [IX_TrainingSessions_OrganiserOrgUnitId] ON [TrainingSessions] ([OrganiserOrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129044404_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129044404_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129050431_JobRuns'
)
BEGIN
    CREATE TABLE [JobRuns] (
        [JobId] nvarchar(100) NOT NULL,
        [LastSucceededAtUtc] datetime2 NOT NULL,
        [LastResult] nvarchar(1000) NULL,
        CONSTRAINT [PK_JobRuns] PRIMARY KEY ([JobId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129050431_JobRuns'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129050431_JobRuns', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129052821_WorkingDayCalendar'
)
BEGIN
    CREATE TABLE [CalendarYears] (
        [Year] int NOT NULL,
        [NoticeTitle] nvarchar(200) NOT NULL,
        [NoticeUrl] nvarchar(500) NULL,
        [AmendmentUrl] nvarchar(500) NULL,
        [EnteredAtUtc] datetime2 NOT NULL,
        [EnteredBy] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_CalendarYears] PRIMARY KEY ([Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129052821_WorkingDayCalendar'
)
BEGIN
    CREATE TABLE [CalendarDays] (
        [Id] int NOT NULL IDENTITY,
        [Date] date NOT NULL,
        [IsOffDay] bit NOT NULL,
        [Name] nvarchar(50) NOT NULL,
        [Year] int NULL,
        CONSTRAINT [PK_CalendarDays] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CalendarDays_CalendarYears_Year] FOREIGN KEY ([Year]) REFERENCES [CalendarYears] ([Year]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129052821_WorkingDayCalendar'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CalendarDays_Date] ON [CalendarDays] ([Date]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129052821_WorkingDayCalendar'
)
BEGIN
    CREATE INDEX [IX_CalendarDays_Year] ON [CalendarDays] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129052821_WorkingDayCalendar'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129052821_WorkingDayCalendar', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054038_PostingRollups'
)
BEGIN
    CREATE TABLE [PostingDayRollups] (
        [Id] bigint NOT NULL IDENTITY,
        [Day] date NOT NULL,
        [ChannelId] int NOT NULL,
        [ColumnKey] int NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_PostingDayRollups] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054038_PostingRollups'
)
BEGIN
    CREATE TABLE [PostingMonthRollups] (
        [Id] bigint NOT NULL IDENTITY,
        [Year] int NOT NULL,
        [Month] int NOT NULL,
        [ChannelId] int NOT NULL,
        [OrgUnitKey] int NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_PostingMonthRollups] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054038_PostingRollups'
)
BEGIN
    CREATE INDEX [IX_PostingDayRollups_ChannelId_Day] ON [PostingDayRollups] ([ChannelId], [Day]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054038_PostingRollups'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PostingDayRollups_Day_ChannelId_ColumnKey] ON [PostingDayRollups] ([Day], [ChannelId], [ColumnKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054038_PostingRollups'
)
BEGIN
    CREATE INDEX [IX_PostingMonthRollups_OrgUnitKey_Year_Month] ON [PostingMonthRollups] ([OrgUnitKey], [Year], [Month]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054038_PostingRollups'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PostingMonthRollups_Year_Month_ChannelId_OrgUnitKey] ON [PostingMonthRollups] ([Year], [Month], [ChannelId], [OrgUnitKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054038_PostingRollups'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129054038_PostingRollups', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129060010_Targets'
)
BEGIN
    CREATE TABLE [Targets] (
        [Id] int NOT NULL IDENTITY,
        [Period] nvarchar(10) NOT NULL,
        [PeriodStart] date NOT NULL,
        [PeriodEnd] date NOT NULL,
        [OrgUnitId] int NULL,
        [Metric] nvarchar(32) NOT NULL,
        [MetricKey] nvarchar(50) NULL,
        [Value] float NOT NULL,
        [Direction] nvarchar(32) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [IsDemo] bit NOT NULL,
        CONSTRAINT [PK_Targets] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Targets_OrgUnits_OrgUnitId] FOREIGN KEY ([OrgUnitId]) REFERENCES [OrgUnits] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129060010_Targets'
)
BEGIN
    CREATE INDEX [IX_Targets_OrgUnitId] ON [Targets] ([OrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129060010_Targets'
)
BEGIN
    CREATE INDEX [IX_Targets_PeriodStart_PeriodEnd] ON [Targets] ([PeriodStart], [PeriodEnd]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129060010_Targets'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129060010_Targets', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129071332_PostingIndexes'
)
BEGIN
    DROP INDEX [IX_Postings_OrgUnitId] ON [Postings];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129071332_PostingIndexes'
)
BEGIN
    DROP INDEX [IX_Postings_PublishedOn] ON [Postings];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129071332_PostingIndexes'
)
BEGIN
    CREATE INDEX [IX_Postings_OrgUnitId_PublishedOn_ChannelId_ColumnId] ON [Postings] ([OrgUnitId], [PublishedOn], [ChannelId], [ColumnId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129071332_PostingIndexes'
)
BEGIN
    CREATE INDEX [IX_Postings_PublishedOn_ChannelId_ColumnId_OrgUnitId] ON [Postings] ([PublishedOn], [ChannelId], [ColumnId], [OrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129071332_PostingIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129071332_PostingIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129081534_TargetSnapshots'
)
BEGIN
    ALTER TABLE [Targets] ADD [UpdatedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129081534_TargetSnapshots'
)
BEGIN
    ALTER TABLE [Targets] ADD [UpdatedBy] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129081534_TargetSnapshots'
)
BEGIN
    CREATE TABLE [AppSettings] (
        [Key] nvarchar(100) NOT NULL,
        [Value] nvarchar(2000) NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_AppSettings] PRIMARY KEY ([Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129081534_TargetSnapshots'
)
BEGIN
    CREATE TABLE [TargetSnapshots] (
        [Id] bigint NOT NULL IDENTITY,
        [TargetId] int NOT NULL,
        [Day] date NOT NULL,
        [Actual] float NOT NULL,
        [ExpectedByNow] float NOT NULL,
        [Percent] float NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [TakenAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_TargetSnapshots] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TargetSnapshots_Targets_TargetId] FOREIGN KEY ([TargetId]) REFERENCES [Targets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129081534_TargetSnapshots'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TargetSnapshots_TargetId_Day] ON [TargetSnapshots] ([TargetId], [Day]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129081534_TargetSnapshots'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129081534_TargetSnapshots', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE TABLE [Alerts] (
        [Id] bigint NOT NULL IDENTITY,
        [Key] nvarchar(200) NOT NULL,
        [Severity] nvarchar(32) NOT NULL,
        [OrgUnitId] int NULL,
        [Title] nvarchar(200) NOT NULL,
        [Message] nvarchar(1000) NOT NULL,
        [Link] nvarchar(300) NULL,
        [RaisedAtUtc] datetime2 NOT NULL,
        [ResolvedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_Alerts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Alerts_OrgUnits_OrgUnitId] FOREIGN KEY ([OrgUnitId]) REFERENCES [OrgUnits] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE TABLE [DisclosureRequests] (
        [Id] int NOT NULL IDENTITY,
        [Reference] nvarchar(50) NOT NULL,
        [Subject] nvarchar(500) NOT NULL,
        [ApplicantType] nvarchar(32) NOT NULL,
        [ApplicantName] nvarchar(100) NULL,
        [HandlingOrgUnitId] int NOT NULL,
        [Channel] nvarchar(32) NOT NULL,
        [ReceivedOn] date NOT NULL,
        [AnsweredOn] date NULL,
        [Result] nvarchar(32) NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [IsDemo] bit NOT NULL,
        CONSTRAINT [PK_DisclosureRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DisclosureRequests_OrgUnits_HandlingOrgUnitId] FOREIGN KEY ([HandlingOrgUnitId]) REFERENCES [OrgUnits] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE TABLE [DisclosureRequestSteps] (
        [Id] bigint NOT NULL IDENTITY,
        [RequestId] int NOT NULL,
        [Sequence] int NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [On] date NOT NULL,
        [Channel] nvarchar(32) NULL,
        [SignedForOn] date NULL,
        [ConfirmedOn] date NULL,
        [Party] nvarchar(32) NULL,
        [WorkingDays] int NULL,
        [Reason] nvarchar(500) NULL,
        [ApprovedBy] nvarchar(256) NULL,
        [Result] nvarchar(32) NULL,
        [AmountFen] bigint NULL,
        [Note] nvarchar(1000) NULL,
        [RecordedAtUtc] datetime2 NOT NULL,
        [RecordedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_DisclosureRequestSteps] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DisclosureRequestSteps_DisclosureRequests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [DisclosureRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE TABLE [ReviewCases] (
        [Id] int NOT NULL IDENTITY,
        [Reference] nvarchar(100) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [FiledOn] date NOT NULL,
        [Outcome] nvarchar(32) NOT NULL,
        [DecidedOn] date NULL,
        [RequestId] int NULL,
        [OrgUnitId] int NOT NULL,
        [Notes] nvarchar(1000) NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [IsDemo] bit NOT NULL,
        CONSTRAINT [PK_ReviewCases] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReviewCases_DisclosureRequests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [DisclosureRequests] ([Id]) ON DELETE SET NULL,
        CONSTRAINT [FK_ReviewCases_OrgUnits_OrgUnitId] FOREIGN KEY ([OrgUnitId]) REFERENCES [OrgUnits] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Alerts_Key] ON [Alerts] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE INDEX [IX_Alerts_OrgUnitId] ON [Alerts] ([OrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE INDEX [IX_Alerts_ResolvedAtUtc_OrgUnitId] ON [Alerts] ([ResolvedAtUtc], [OrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE INDEX [IX_DisclosureRequests_AnsweredOn] ON [DisclosureRequests] ([AnsweredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE INDEX [IX_DisclosureRequests_HandlingOrgUnitId] ON [DisclosureRequests] ([HandlingOrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE INDEX [IX_DisclosureRequests_ReceivedOn_HandlingOrgUnitId] ON [DisclosureRequests] ([ReceivedOn], [HandlingOrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DisclosureRequests_Reference] ON [DisclosureRequests] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DisclosureRequestSteps_RequestId_Sequence] ON [DisclosureRequestSteps] ([RequestId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE INDEX [IX_ReviewCases_FiledOn] ON [ReviewCases] ([FiledOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE INDEX [IX_ReviewCases_OrgUnitId] ON [ReviewCases] ([OrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReviewCases_Reference] ON [ReviewCases] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    CREATE INDEX [IX_ReviewCases_RequestId] ON [ReviewCases] ([RequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129084055_DisclosureRequests'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129084055_DisclosureRequests', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090910_AnnualReportFigures'
)
BEGIN
    CREATE TABLE [AnnualReportDrafts] (
        [Id] int NOT NULL IDENTITY,
        [Year] int NOT NULL,
        [OrgUnitId] int NOT NULL,
        [Version] int NOT NULL,
        [SectionsJson] nvarchar(max) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [IsFinal] bit NOT NULL,
        [FinalizedAtUtc] datetime2 NULL,
        [FinalizedBy] nvarchar(256) NULL,
        [ChecksOverride] nvarchar(1000) NULL,
        CONSTRAINT [PK_AnnualReportDrafts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AnnualReportDrafts_OrgUnits_OrgUnitId] FOREIGN KEY ([OrgUnitId]) REFERENCES [OrgUnits] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090910_AnnualReportFigures'
)
BEGIN
    CREATE TABLE [Article20Values] (
        [Id] int NOT NULL IDENTITY,
        [Year] int NOT NULL,
        [OrgUnitId] int NOT NULL,
        [Section] nvarchar(50) NOT NULL,
        [Item] nvarchar(50) NOT NULL,
        [Column] int NOT NULL,
        [Value] decimal(18,2) NULL,
        [Unit] nvarchar(10) NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [IsDemo] bit NOT NULL,
        CONSTRAINT [PK_Article20Values] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Article20Values_OrgUnits_OrgUnitId] FOREIGN KEY ([OrgUnitId]) REFERENCES [OrgUnits] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090910_AnnualReportFigures'
)
BEGIN
    CREATE TABLE [YearlyIndicators] (
        [Id] int NOT NULL IDENTITY,
        [Year] int NOT NULL,
        [OrgUnitId] int NOT NULL,
        [Key] nvarchar(50) NOT NULL,
        [Value] decimal(18,2) NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [IsDemo] bit NOT NULL,
        CONSTRAINT [PK_YearlyIndicators] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_YearlyIndicators_OrgUnits_OrgUnitId] FOREIGN KEY ([OrgUnitId]) REFERENCES [OrgUnits] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090910_AnnualReportFigures'
)
BEGIN
    CREATE INDEX [IX_AnnualReportDrafts_OrgUnitId] ON [AnnualReportDrafts] ([OrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090910_AnnualReportFigures'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AnnualReportDrafts_Year_OrgUnitId_Version] ON [AnnualReportDrafts] ([Year], [OrgUnitId], [Version]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090910_AnnualReportFigures'
)
BEGIN
    CREATE INDEX [IX_Article20Values_OrgUnitId] ON [Article20Values] ([OrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090910_AnnualReportFigures'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Article20Values_Year_OrgUnitId_Section_Item_Column] ON [Article20Values] ([Year], [OrgUnitId], [Section], [Item], [Column]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090910_AnnualReportFigures'
)
BEGIN
    CREATE INDEX [IX_YearlyIndicators_OrgUnitId] ON [YearlyIndicators] ([OrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090910_AnnualReportFigures'
)
BEGIN
    CREATE UNIQUE INDEX [IX_YearlyIndicators_Year_OrgUnitId_Key] ON [YearlyIndicators] ([Year], [OrgUnitId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090910_AnnualReportFigures'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129090910_AnnualReportFigures', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129094220_DataProtectionKeys'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129094220_DataProtectionKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129094220_DataProtectionKeys', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129100341_DashboardRollups'
)
BEGIN
    CREATE TABLE [PostingDayUnitRollups] (
        [Day] date NOT NULL,
        [OrgUnitKey] int NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_PostingDayUnitRollups] PRIMARY KEY ([Day], [OrgUnitKey])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129100341_DashboardRollups'
)
BEGIN
    CREATE TABLE [PostingMonthColumnRollups] (
        [Year] int NOT NULL,
        [Month] int NOT NULL,
        [ChannelId] int NOT NULL,
        [ColumnKey] int NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_PostingMonthColumnRollups] PRIMARY KEY ([Year], [Month], [ChannelId], [ColumnKey])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129100341_DashboardRollups'
)
BEGIN
    CREATE TABLE [PostingMonthUnitRollups] (
        [Year] int NOT NULL,
        [Month] int NOT NULL,
        [OrgUnitKey] int NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_PostingMonthUnitRollups] PRIMARY KEY ([Year], [Month], [OrgUnitKey])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129100341_DashboardRollups'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129100341_DashboardRollups', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129105612_LiveSignals'
)
BEGIN
    CREATE TABLE [LiveSignals] (
        [Topic] nvarchar(50) NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_LiveSignals] PRIMARY KEY ([Topic])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129105612_LiveSignals'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Topic', N'Version') AND [object_id] = OBJECT_ID(N'[LiveSignals]'))
        SET IDENTITY_INSERT [LiveSignals] ON;
    EXEC(N'INSERT INTO [LiveSignals] ([Topic], [Version])
    VALUES (N''postings'', CAST(0 AS bigint))');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Topic', N'Version') AND [object_id] = OBJECT_ID(N'[LiveSignals]'))
        SET IDENTITY_INSERT [LiveSignals] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129105612_LiveSignals'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129105612_LiveSignals', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129114834_ReportedRequestTables'
)
BEGIN
    CREATE TABLE [ReportedRequestTables] (
        [Id] int NOT NULL IDENTITY,
        [Year] int NOT NULL,
        [OrgUnitId] int NOT NULL,
        [Form] nvarchar(32) NOT NULL,
        [RequestsJson] nvarchar(max) NOT NULL,
        [ReviewsJson] nvarchar(max) NOT NULL,
        [Organization] nvarchar(200) NULL,
        [SavedAtUtc] datetime2 NOT NULL,
        [SavedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_ReportedRequestTables] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReportedRequestTables_OrgUnits_OrgUnitId] FOREIGN KEY ([OrgUnitId]) REFERENCES [OrgUnits] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129114834_ReportedRequestTables'
)
BEGIN
    CREATE INDEX [IX_ReportedRequestTables_OrgUnitId] ON [ReportedRequestTables] ([OrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129114834_ReportedRequestTables'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReportedRequestTables_Year_OrgUnitId] ON [ReportedRequestTables] ([Year], [OrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129114834_ReportedRequestTables'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129114834_ReportedRequestTables', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115406_ChannelMonitoring'
)
BEGIN
    CREATE TABLE [ChannelProbes] (
        [ChannelId] int NOT NULL,
        [Url] nvarchar(1000) NOT NULL,
        [Enabled] bit NOT NULL,
        CONSTRAINT [PK_ChannelProbes] PRIMARY KEY ([ChannelId]),
        CONSTRAINT [FK_ChannelProbes_Channels_ChannelId] FOREIGN KEY ([ChannelId]) REFERENCES [Channels] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115406_ChannelMonitoring'
)
BEGIN
    CREATE TABLE [MonitoringSources] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(100) NOT NULL,
        [ChannelId] int NOT NULL,
        [ColumnId] int NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Url] nvarchar(1000) NULL,
        [Account] nvarchar(100) NULL,
        [ProtectedSecret] nvarchar(2000) NULL,
        [ItemSelector] nvarchar(300) NULL,
        [LinkSelector] nvarchar(300) NULL,
        [TitleSelector] nvarchar(300) NULL,
        [DateSelector] nvarchar(300) NULL,
        [NextPageSelector] nvarchar(300) NULL,
        [PageUrlPattern] nvarchar(300) NULL,
        [MaxPages] int NOT NULL,
        [Enabled] bit NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_MonitoringSources] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MonitoringSources_Channels_ChannelId] FOREIGN KEY ([ChannelId]) REFERENCES [Channels] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MonitoringSources_Columns_ColumnId] FOREIGN KEY ([ColumnId]) REFERENCES [Columns] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115406_ChannelMonitoring'
)
BEGIN
    CREATE TABLE [ProbeResults] (
        [Id] bigint NOT NULL IDENTITY,
        [ChannelId] int NOT NULL,
        [ProbedAtUtc] datetime2 NOT NULL,
        [ProbedOn] date NOT NULL,
        [StatusCode] int NULL,
        [ElapsedMs] int NOT NULL,
        [Failed] bit NOT NULL,
        [Error] nvarchar(300) NULL,
        CONSTRAINT [PK_ProbeResults] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProbeResults_Channels_ChannelId] FOREIGN KEY ([ChannelId]) REFERENCES [Channels] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115406_ChannelMonitoring'
)
BEGIN
    CREATE TABLE [ConnectorRuns] (
        [Id] bigint NOT NULL IDENTITY,
        [SourceKey] nvarchar(100) NOT NULL,
        [SourceId] int NULL,
        [ChannelId] int NOT NULL,
        [ColumnId] int NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Trigger] nvarchar(32) NOT NULL,
        [StartedAtUtc] datetime2 NOT NULL,
        [FinishedAtUtc] datetime2 NOT NULL,
        [Attempts] int NOT NULL,
        [Fetched] int NOT NULL,
        [Added] int NOT NULL,
        [Duplicates] int NOT NULL,
        [Skipped] int NOT NULL,
        [SkippedSample] nvarchar(max) NULL,
        [ErrorCode] nvarchar(64) NULL,
        [ErrorMessage] nvarchar(1000) NULL,
        CONSTRAINT [PK_ConnectorRuns] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ConnectorRuns_MonitoringSources_SourceId] FOREIGN KEY ([SourceId]) REFERENCES [MonitoringSources] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115406_ChannelMonitoring'
)
BEGIN
    CREATE INDEX [IX_ConnectorRuns_SourceId] ON [ConnectorRuns] ([SourceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115406_ChannelMonitoring'
)
BEGIN
    CREATE INDEX [IX_ConnectorRuns_SourceKey_Id] ON [ConnectorRuns] ([SourceKey], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115406_ChannelMonitoring'
)
BEGIN
    CREATE INDEX [IX_ConnectorRuns_StartedAtUtc] ON [ConnectorRuns] ([StartedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115406_ChannelMonitoring'
)
BEGIN
    CREATE INDEX [IX_MonitoringSources_ChannelId] ON [MonitoringSources] ([ChannelId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115406_ChannelMonitoring'
)
BEGIN
    CREATE INDEX [IX_MonitoringSources_ColumnId] ON [MonitoringSources] ([ColumnId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115406_ChannelMonitoring'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MonitoringSources_Name] ON [MonitoringSources] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115406_ChannelMonitoring'
)
BEGIN
    CREATE INDEX [IX_ProbeResults_ChannelId_ProbedOn] ON [ProbeResults] ([ChannelId], [ProbedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115406_ChannelMonitoring'
)
BEGIN
    CREATE INDEX [IX_ProbeResults_ProbedOn] ON [ProbeResults] ([ProbedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115406_ChannelMonitoring'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129115406_ChannelMonitoring', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129121536_ProbeResultTrigger'
)
BEGIN
    ALTER TABLE [ProbeResults] ADD [Trigger] nvarchar(32) NOT NULL DEFAULT N'Schedule';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129121536_ProbeResultTrigger'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129121536_ProbeResultTrigger', N'10.0.15');
END;

COMMIT;
GO

